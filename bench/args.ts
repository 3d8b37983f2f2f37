/** Command-line options of `npm run bench` (see run.ts for the list). */
export interface Options {
  runs: number;
  sizes: string[];
  query: string;
  panSeconds: number;
  profile: boolean;
  keepData: boolean;
  maxRetries: number;
}

export const USAGE =
  'usage: npm run bench [-- --runs N] [--quick] [--sizes real,1000,5000] [--query TEXT] [--pan-seconds S] [--max-retries N] [--profile] [--keep-data]';

export function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 5, sizes: ['real', '1000', '5000'], query: 'linearizabil', panSeconds: 3, profile: false, keepData: false, maxRetries: 2 };
  let runsGiven = false;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--runs': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 50) throw new Error('--runs must be a whole number from 1 to 50');
        o.runs = n;
        runsGiven = true;
        break;
      }
      case '--quick':
        quick = true;
        break;
      case '--sizes': {
        const sizes = value().split(',').map((s) => s.trim()).filter(Boolean);
        for (const s of sizes) {
          if (s !== 'real' && !(/^\d+$/.test(s) && Number(s) >= 12 && Number(s) <= 20_000)) {
            throw new Error(`--sizes: "${s}" is neither "real" nor a number of entities from 12 to 20000`);
          }
        }
        if (!sizes.length) throw new Error('--sizes needs at least one data set');
        o.sizes = [...new Set(sizes)];
        break;
      }
      case '--query': {
        const q = value();
        if (q.length < 1 || q.length > 40) throw new Error('--query must have 1 to 40 characters');
        o.query = q;
        break;
      }
      case '--pan-seconds': {
        const s = Number(value());
        if (!(s >= 1 && s <= 30)) throw new Error('--pan-seconds must be from 1 to 30');
        o.panSeconds = s;
        break;
      }
      case '--max-retries': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error('--max-retries must be a whole number from 0 to 10');
        o.maxRetries = n;
        break;
      }
      case '--profile':
        o.profile = true;
        break;
      case '--keep-data':
        o.keepData = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  if (quick && !runsGiven) o.runs = 2;
  return o;
}
