export { startFakeOllama } from './ollama.ts';
export { startFakeOpenAI } from './openai.ts';
export { startFakeAnthropic } from './anthropic.ts';
export { closedPort, type Behaviour, type FakeModelServer, type RecordedRequest } from './fake-server.ts';
