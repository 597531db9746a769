use std::collections::HashMap;

fn is_small(cave: &str) -> bool {
    cave.chars().all(|c| c.is_ascii_lowercase())
}

fn count_paths<'a>(
    graph: &HashMap<&'a str, Vec<&'a str>>,
    current: &'a str,
    visited: &mut Vec<&'a str>,
    allow_twice: bool,
) -> u32 {
    if current == "end" {
        return 1;
    }
    let mut total = 0;
    for &next in &graph[current] {
        if next == "start" {
            continue;
        }
        let seen = is_small(next) && visited.contains(&next);
        if seen && !allow_twice {
            continue;
        }
        visited.push(next);
        total += count_paths(graph, next, visited, allow_twice && !seen);
        visited.pop();
    }
    total
}

fn main() {
    let input = "start-A\nstart-b\nA-c\nA-b\nb-d\nA-end\nb-end";
    let mut graph: HashMap<&str, Vec<&str>> = HashMap::new();
    for line in input.lines() {
        let (a, b) = line.split_once('-').unwrap();
        graph.entry(a).or_default().push(b);
        graph.entry(b).or_default().push(a);
    }

    let mut caves: Vec<&&str> = graph.keys().collect();
    caves.sort();
    println!("caves: {:?}", caves);

    let mut visited = vec!["start"];
    println!("Part 1: {}", count_paths(&graph, "start", &mut visited, false));
    println!("Part 2: {}", count_paths(&graph, "start", &mut visited, true));
}
