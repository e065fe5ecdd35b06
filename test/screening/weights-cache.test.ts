import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rememberedWeights } from '../../src/screening/weights-cache';

// The start-up models keep their trained weights on disk, so the next process starts without training. What a
// person would notice going wrong: stale weights after the examples or the code changed, or a start that fails
// because the cache folder is broken.
describe('trained weights kept between processes', () => {
  let dir: string;
  let codeFile: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'weights-cache-'));
    codeFile = path.join(dir, 'model-code.ts');
    writeFileSync(codeFile, 'export const version = 1;');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const weightsOf = (value: number) => ({ labels: ['a', 'b'], w: new Float32Array([value, 2]), b: new Float64Array([0.5]) });

  it('trains once, then reads the same weights back (typed arrays intact)', () => {
    let fits = 0;
    const fit = () => {
      fits++;
      return weightsOf(1.25);
    };
    const first = rememberedWeights('test', [codeFile], 'examples v1', fit, { dir: path.join(dir, 'cache') });
    const second = rememberedWeights('test', [codeFile], 'examples v1', fit, { dir: path.join(dir, 'cache') });
    expect(fits).toBe(1);
    // (jest runs tests in a separate realm, so instanceof would compare two Float32Array constructors)
    expect(second.w.constructor.name).toBe('Float32Array');
    expect(Array.from(second.w)).toEqual(Array.from(first.w));
    expect(second.labels).toEqual(['a', 'b']);
  });

  it('trains again when the examples or the training code change', () => {
    const cache = { dir: path.join(dir, 'cache') };
    rememberedWeights('test', [codeFile], 'examples v1', () => weightsOf(1), cache);
    expect(rememberedWeights('test', [codeFile], 'examples v2', () => weightsOf(2), cache).w[0]).toBe(2);
    writeFileSync(codeFile, 'export const version = 2;');
    expect(rememberedWeights('test', [codeFile], 'examples v1', () => weightsOf(3), cache).w[0]).toBe(3);
  });

  it('retrains over a damaged file and still works when the folder cannot be written', () => {
    const cache = { dir: path.join(dir, 'cache') };
    rememberedWeights('test', [codeFile], 'examples', () => weightsOf(1), cache);
    for (const name of readdirSync(cache.dir)) writeFileSync(path.join(cache.dir, name), 'not weights');
    expect(rememberedWeights('test', [codeFile], 'examples', () => weightsOf(4), cache).w[0]).toBe(4);
    // A file where the folder should be: nothing can be written there.
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, '');
    expect(rememberedWeights('test', [codeFile], 'examples', () => weightsOf(5), { dir: blocked }).w[0]).toBe(5);
  });

  it('keeps only the newest few versions of a model', () => {
    const cache = { dir: path.join(dir, 'cache') };
    for (let version = 0; version < 10; version++)
      rememberedWeights('test', [codeFile], `examples ${version}`, () => weightsOf(version), cache);
    expect(readdirSync(cache.dir).filter((name) => name.startsWith('test-')).length).toBeLessThanOrEqual(6);
  });
});
