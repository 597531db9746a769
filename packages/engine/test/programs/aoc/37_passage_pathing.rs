use std::collections::HashMap;

const EDGES: &str = "start-A
start-b
A-c
A-b
b-d
A-end
b-end";

fn is_small(cave: &str) -> bool {
    cave.chars().all(|c| c.is_ascii_lowercase())
}

fn count_paths<'a>(
    graph: &HashMap<&'a str, Vec<&'a str>>,
    cave: &'a str,
    path: &mut Vec<&'a str>,
    twice_used: bool,
) -> u32 {
    if cave == "end" {
        return 1;
    }
    let mut total = 0;
    for &next in &graph[cave] {
        if next == "start" {
            continue;
        }
        let revisit = is_small(next) && path.contains(&next);
        if revisit && twice_used {
            continue;
        }
        path.push(next);
        total += count_paths(graph, next, path, twice_used || revisit);
        path.pop();
    }
    total
}

fn main() {
    let mut graph: HashMap<&str, Vec<&str>> = HashMap::new();
    for line in EDGES.lines() {
        let (a, b) = line.split_once('-').unwrap();
        graph.entry(a).or_default().push(b);
        graph.entry(b).or_default().push(a);
    }

    let mut path = vec!["start"];
    println!("Part 1: {}", count_paths(&graph, "start", &mut path, true));
    println!("Part 2: {}", count_paths(&graph, "start", &mut path, false));
}
