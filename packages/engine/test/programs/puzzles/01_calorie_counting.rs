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

fn main() {
    let mut elves: Vec<u32> = Vec::new();
    let mut current = 0;
    for line in INPUT.lines() {
        if line.trim().is_empty() {
            elves.push(current);
            current = 0;
        } else {
            current += line.trim().parse::<u32>().unwrap();
        }
    }
    elves.push(current);

    let part1 = elves.iter().max().unwrap();
    println!("Part 1: {}", part1);

    elves.sort();
    elves.reverse();
    let part2: u32 = elves.iter().take(3).sum();
    println!("Part 2: {}", part2);
}
