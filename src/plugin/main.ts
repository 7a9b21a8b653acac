import { startPlugin } from './start-plugin';

startPlugin(figma, __html__);
