/**
 * Worker-thread entry (built to dist/cli/worker.js): receives the job once,
 * then batches of tasks, and answers each batch with its outcomes in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type Job, type Task } from './task.js';
import type { Outcome } from './derive.js';

export interface BatchRequest {
  id: number;
  tasks: Task[];
}
export interface BatchResponse {
  id: number;
  outcomes: Outcome[];
}

const job = workerData as Job;
const port = parentPort;
if (!port) throw new Error('clearplan: worker.js runs only as a worker thread');
port.on('message', async (request: BatchRequest) => {
  const outcomes: Outcome[] = [];
  for (const task of request.tasks) outcomes.push(await runTask(task, job));
  const response: BatchResponse = { id: request.id, outcomes };
  port.postMessage(response);
});
