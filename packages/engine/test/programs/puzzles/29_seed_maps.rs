// 2023 day 5, part 1 only, with a reduced almanac
struct Range {
    dest: u64,
    src: u64,
    len: u64,
}

struct Map {
    name: String,
    ranges: Vec<Range>,
}

impl Map {
    fn convert(&self, value: u64) -> u64 {
        for r in &self.ranges {
            if value >= r.src && value < r.src + r.len {
                return r.dest + (value - r.src);
            }
        }
        value
    }
}

fn main() {
    let almanac = "seeds: 79 14 55 13

seed-to-soil map:
50 98 2
52 50 48

soil-to-fertilizer map:
0 15 37
37 52 2
39 0 15

fertilizer-to-water map:
49 53 8
0 11 42
42 0 7
57 7 4";

    let mut sections = almanac.split("\n\n");
    let seeds: Vec<u64> = sections
        .next()
        .unwrap()
        .trim_start_matches("seeds:")
        .split_whitespace()
        .map(|s| s.parse().unwrap())
        .collect();

    let maps: Vec<Map> = sections
        .map(|block| {
            let mut lines = block.lines();
            let name = lines.next().unwrap().trim_end_matches(" map:").to_string();
            let ranges = lines
                .map(|l| {
                    let v: Vec<u64> = l.split(' ').map(|x| x.parse().unwrap()).collect();
                    Range { dest: v[0], src: v[1], len: v[2] }
                })
                .collect();
            Map { name, ranges }
        })
        .collect();

    let mut lowest = u64::MAX;
    for &seed in &seeds {
        let mut value = seed;
        let mut trail = vec![value.to_string()];
        for m in &maps {
            value = m.convert(value);
            trail.push(format!("{}={}", m.name.split('-').last().unwrap(), value));
        }
        println!("{}", trail.join(" -> "));
        lowest = lowest.min(value);
    }
    println!("lowest water number: {}", lowest);
}
