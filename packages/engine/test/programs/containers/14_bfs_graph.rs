use std::collections::{HashMap, HashSet, VecDeque};

fn bfs(adj: &HashMap<u32, Vec<u32>>, start: u32) -> Vec<u32> {
    let mut order = Vec::new();
    let mut visited = HashSet::new();
    let mut queue = VecDeque::new();
    queue.push_back(start);
    visited.insert(start);
    while let Some(node) = queue.pop_front() {
        order.push(node);
        if let Some(neighbours) = adj.get(&node) {
            for &n in neighbours {
                if visited.insert(n) {
                    queue.push_back(n);
                }
            }
        }
    }
    order
}

fn main() {
    let edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7)];
    let mut adj: HashMap<u32, Vec<u32>> = HashMap::new();
    for &(a, b) in edges.iter() {
        adj.entry(a).or_insert_with(Vec::new).push(b);
        adj.entry(b).or_insert_with(Vec::new).push(a);
    }
    for list in adj.values_mut() {
        list.sort();
    }
    println!("BFS from 1: {:?}", bfs(&adj, 1));
    println!("BFS from 6: {:?}", bfs(&adj, 6));
}
