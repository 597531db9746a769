const ADAPTERS: &str = "28
33
18
42
31
14
46
20
48
47
24
23
49
45
19
38
39
11
1
32
25
35
8
17
7
9
4
2
34
10
3";

fn main() {
    let mut jolts: Vec<usize> = ADAPTERS.lines().map(|l| l.parse().unwrap()).collect();
    jolts.push(0);
    jolts.sort_unstable();
    jolts.push(jolts[jolts.len() - 1] + 3);

    let mut diffs = [0usize; 4];
    for w in jolts.windows(2) {
        diffs[w[1] - w[0]] += 1;
    }
    println!("1-jolt: {}, 3-jolt: {}", diffs[1], diffs[3]);
    println!("Part 1: {}", diffs[1] * diffs[3]);

    // ways[i] = number of arrangements that end at adapter i
    let mut ways = vec![0u64; jolts.len()];
    ways[0] = 1;
    for i in 1..jolts.len() {
        let mut j = i;
        while j > 0 && jolts[i] - jolts[j - 1] <= 3 {
            ways[i] += ways[j - 1];
            j -= 1;
        }
    }
    println!("Part 2: {}", ways.last().unwrap());
}
