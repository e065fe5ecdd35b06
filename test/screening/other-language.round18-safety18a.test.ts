import { loadOtherLanguages, readOtherLanguage } from '../../src/screening/other-language';
import { KNOWLEDGE_DIR, spa } from '../helpers/screening-test-content';

// Round 18 (safety18a): Turkish and Romanian had no emergency lexicon, so an emergency in either got "I speak
// English". Fresh messages by the tuner, one concept each, with and without the languages' own letters.

const otherLanguages = loadOtherLanguages(KNOWLEDGE_DIR, spa);

describe('Turkish emergencies get the emergency advice in Turkish', () => {
  it.each([
    'Annemin göğsünde ağır bir baskı var, sol koluna vuruyor',
    'gogsumde yanma var yarim saattir, ter icindeyim',
    'Kocam nefes alamıyor, dudakları morardı',
    'Babamın ağzı kaydı ve konuşamıyor, 15 dakika önce oldu',
    'Yeni krem sürdüm, dilim ve dudaklarım şişti',
    'Ablam kan kusuyor, ne yapayım',
    'Liposuction yaptırdım 5 gün önce, sağ baldırım şişti ve çok sıcak',
    'Eşim yere yığıldı, tepki vermiyor',
    '30 haftalık hamileyim, gözlerimin önünde ışıklar çakıyor ve başım çok ağrıyor',
    'karın germe ameliyatından sonra ateşim çıktı ve titriyorum',
    'Lenfödemli kolum kıpkırmızı ve sıcak, dünden beri',
  ])('%s', (text) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'emergency', language: 'tr' });
  });

  it.each(['Artık yaşamak istemiyorum', 'Herkes bensiz daha mutlu olur, kendimi öldürmeyi düşünüyorum'])(
    'a crisis gets the crisis line: %s',
    (text) => {
      expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'crisis', language: 'tr' });
    },
  );

  it.each([
    'Merhaba, yarın saat 3 için masaj randevusu alabilir miyim?',
    'Masaja bayıldım, çok teşekkürler!',
    'Uçakta bacaklarım şişer mi, uçuş öncesi drenaj iyi gelir mi?',
    'Göğsüm ağrımıyor, sadece sırtım tutuldu, masaj olur mu?',
  ])('no emergency: %s', (text) => {
    expect(readOtherLanguage(text, otherLanguages)?.kind).not.toMatch(/emergency|crisis/);
  });
});

describe('Romanian emergencies get the emergency advice in Romanian', () => {
  it.each([
    'Tatăl meu are o durere mare în piept și transpiră rece',
    'Mama respiră greu și are buzele vinete',
    'Soțul meu nu mai poate vorbi și gura i s-a strâmbat',
    'Am pus o cremă nouă și mi s-a umflat limba',
    'Tusesc cu sânge de azi dimineață',
    'Am făcut abdominoplastie acum o săptămână și pansamentul e îmbibat cu sânge',
    'Sora mea a leșinat la coafor',
    'Sunt gravidă în 34 de săptămâni și văd încețoșat',
    'După lipo am febră și frisoane',
    'Am zburat 12 ore ieri și gamba dreaptă e umflată și fierbinte',
  ])('%s', (text) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'emergency', language: 'ro' });
  });

  it.each(['Nu mai vreau să trăiesc', 'Toată lumea ar fi mai bine fără mine'])('a crisis gets the crisis line: %s', (text) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'crisis', language: 'ro' });
  });

  it.each([
    'Bună ziua, vreau o programare pentru drenaj limfatic vineri',
    'Nu mă doare pieptul, doar spatele, pot veni la masaj?',
    'Fata mea a căzut de pe bicicletă ieri, e bine, vrem o programare',
    'Sunt în sarcină, în luna a patra, pot face masaj?',
  ])('no emergency: %s', (text) => {
    expect(readOtherLanguage(text, otherLanguages)?.kind).not.toMatch(/emergency|crisis/);
  });
});

describe('Turkish k that turns to ğ before a suffix ("bacak", "bacağım") is read in both forms', () => {
  it.each([
    'Geçen ay ameliyat oldum, sağ bacağım şişti ve ağrıyor',
    'bbl sonrasi sol bacagim sert ve sicak',
    'Uçaktan indim, bacağım kızardı ve çok ağrıyor',
  ])('%s', (text) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'emergency', language: 'tr' });
  });
});

describe('German: pain between the shoulder blades with pallor, sweat or sickness is the heart', () => {
  it.each([
    'Mein Vater hat plötzlich Druck zwischen den Schulterblättern und schwitzt stark',
    'Ich habe stechende Schmerzen zwischen den Schulterblättern, mir ist übel und ich bin blass',
  ])('%s', (text) => {
    expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'emergency', language: 'de' });
  });

  it('a stiff back from the desk is not', () => {
    expect(readOtherLanguage('Ich habe Verspannungen zwischen den Schulterblättern vom Schreibtisch, hilft Massage?', otherLanguages)?.kind).not.toBe(
      'emergency',
    );
  });
});

describe('Dutch: breathless after an operation or suddenly', () => {
  it.each(['Ik ben vorige week geopereerd aan mijn buik en nu ben ik erg kortademig', 'Mijn moeder is ineens heel kortademig, ook in rust'])(
    '%s',
    (text) => {
      expect(readOtherLanguage(text, otherLanguages)).toMatchObject({ kind: 'emergency', language: 'nl' });
    },
  );
});
