import { openSqliteDatabase } from '../../src/storage/sqlite-database';
import { SqliteUnansweredQuestions } from '../../src/storage/sqlite-unanswered-questions';
import { MemoryUnansweredQuestions } from '../../src/storage/memory-unanswered-questions';
import { describeUnansweredQuestionsContract } from '../helpers/contracts/unanswered-questions-contract';

describeUnansweredQuestionsContract('memory', () => new MemoryUnansweredQuestions());
describeUnansweredQuestionsContract('SQLite', () => new SqliteUnansweredQuestions(openSqliteDatabase(':memory:')));
