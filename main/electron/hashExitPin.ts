// Prints the exitPinHash line for lotsa.config.json: npx tsx main/electron/hashExitPin.ts 4711
import { hashExitPin } from './exitPin.ts';

const pin = process.argv[2];
if (!pin) {
  console.error('usage: npx tsx main/electron/hashExitPin.ts <PIN>');
  process.exit(2);
}
try {
  console.log(`"exitPinHash": "${await hashExitPin(pin)}"`);
} catch (error) {
  console.error(`lotsa: ${(error as Error).message}`);
  process.exit(2);
}
