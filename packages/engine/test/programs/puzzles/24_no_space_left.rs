use std::collections::HashMap;

const TERMINAL: &str = "$ cd /
$ ls
dir a
14848514 b.txt
8504156 c.dat
dir d
$ cd a
$ ls
dir e
29116 f
2557 g
62596 h.lst
$ cd e
$ ls
584 i
$ cd ..
$ cd ..
$ cd d
$ ls
4060174 j
8033020 d.log
5626152 d.ext
7214296 k";

fn main() {
    let mut path: Vec<String> = Vec::new();
    let mut sizes: HashMap<String, u64> = HashMap::new();

    for line in TERMINAL.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            ["$", "cd", "/"] => path.clear(),
            ["$", "cd", ".."] => {
                path.pop();
            }
            ["$", "cd", dir] => path.push(dir.to_string()),
            ["$", "ls"] | ["dir", _] => {}
            [size, _name] => {
                let size: u64 = size.parse().unwrap();
                // add to every enclosing directory
                for depth in 0..=path.len() {
                    let key = format!("/{}", path[..depth].join("/"));
                    *sizes.entry(key).or_insert(0) += size;
                }
            }
            _ => panic!("unexpected line: {}", line),
        }
    }

    let mut dirs: Vec<(&String, &u64)> = sizes.iter().collect();
    dirs.sort();
    for (name, size) in &dirs {
        println!("{:>6} {}", name, size);
    }

    let part1: u64 = sizes.values().filter(|&&s| s <= 100_000).sum();
    println!("Part 1: {}", part1);

    let needed = 30_000_000 - (70_000_000 - sizes["/"]);
    let part2 = sizes.values().filter(|&&s| s >= needed).min().unwrap();
    println!("Part 2: {}", part2);
}
