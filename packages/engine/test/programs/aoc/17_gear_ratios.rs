use std::collections::HashMap;

const SCHEMATIC: &str = "467..114..
...*......
..35..633.
......#...
617*......
.....+.58.
..592.....
......755.
...$.*....
.664.598..";

fn main() {
    let grid: Vec<Vec<char>> = SCHEMATIC.lines().map(|l| l.chars().collect()).collect();
    let rows = grid.len() as i32;
    let cols = grid[0].len() as i32;

    let mut part1 = 0;
    let mut gears: HashMap<(i32, i32), Vec<u32>> = HashMap::new();

    for r in 0..rows {
        let mut c = 0;
        while c < cols {
            if !grid[r as usize][c as usize].is_ascii_digit() {
                c += 1;
                continue;
            }
            let start = c;
            let mut value = 0;
            while c < cols && grid[r as usize][c as usize].is_ascii_digit() {
                value = value * 10 + grid[r as usize][c as usize].to_digit(10).unwrap();
                c += 1;
            }
            // look at every cell around the number
            let mut is_part = false;
            for rr in r - 1..=r + 1 {
                for cc in start - 1..=c {
                    if rr < 0 || cc < 0 || rr >= rows || cc >= cols {
                        continue;
                    }
                    let ch = grid[rr as usize][cc as usize];
                    if ch != '.' && !ch.is_ascii_digit() {
                        is_part = true;
                        if ch == '*' {
                            gears.entry((rr, cc)).or_default().push(value);
                        }
                    }
                }
            }
            if is_part {
                part1 += value;
            }
        }
    }

    let part2: u32 = gears
        .values()
        .filter(|v| v.len() == 2)
        .map(|v| v[0] * v[1])
        .sum();
    println!("Part 1: {}", part1);
    println!("Part 2: {}", part2);
}
