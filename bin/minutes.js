#!/usr/bin/env node
// The `minutes` command line: runs the compiled CLI in dist/.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv);
