// Advent of Code 2022, day 1: Calorie Counting
const INPUT: &str = "1000
2000
3000

4000

5000
6000

7000
8000
9000

10000";

fn elf_totals(input: &str) -> Vec<u32> {
    input
        .split("\n\n")
        .map(|group| group.lines().map(|l| l.trim().parse::<u32>().unwrap()).sum())
        .collect()
}

fn main() {
    let mut totals = elf_totals(INPUT);
    let part1 = totals.iter().max().copied().unwrap_or(0);
    println!("Part 1: {}", part1);

    totals.sort_unstable_by(|a, b| b.cmp(a));
    let top3: u32 = totals.iter().take(3).sum();
    println!("Top three: {:?}", &totals[..3]);
    println!("Part 2: {}", top3);
}
