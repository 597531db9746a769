use std::collections::{HashSet, VecDeque};

fn main() {
    let maze = "#######
#S..#.#
#.#...#
#.#.#E#
#...#.#
#######";
    let grid: Vec<Vec<char>> = maze.lines().map(|l| l.chars().collect()).collect();
    let start = (1, 1);

    let mut queue: VecDeque<((usize, usize), u32)> = VecDeque::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    queue.push_back((start, 0));
    seen.insert(start);

    while !queue.is_empty() {
        let (pos, dist) = queue.front().unwrap();
        queue.pop_front();
        if grid[pos.0][pos.1] == 'E' {
            println!("reached the exit in {} steps", dist);
            break;
        }
        let (r, c) = *pos;
        for next in [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)] {
            if grid[next.0][next.1] != '#' && seen.insert(next) {
                queue.push_back((next, dist + 1));
            }
        }
    }
    println!("explored {} cells", seen.len());
}
