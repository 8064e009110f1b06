/** The scripted episode's events in words (resilienceEvents.ts): known values in both languages. */
import { describe, expect, it } from 'vitest';
import { episodeWords } from '../../reports/resilienceEvents.js';

const events = [{ componentClass: 'chiller', units: 1, forS: 21_600 }, { componentClass: 'cduPump', units: 2, forS: 3600 }];

describe('episodeWords', () => {
  it('names each class with its units and the longest outage', () => {
    expect(episodeWords(events)).toBe('1 chiller, 2 CDU pumps out for 6 h');
    expect(episodeWords(events.slice(0, 1))).toBe('1 chiller out for 6 h');
    expect(episodeWords([{ componentClass: 'crah', units: 1, forS: 5400 }])).toBe('1 CRAH out for 1.5 h');
    expect(episodeWords(events, 'zh-CN')).toBe('1 台冷水机组、2 台CDU 泵停运 6 小时');
  });
});
