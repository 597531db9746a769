use std::collections::VecDeque;

// Breadth-first search over an adjacency list, recording distances.
fn bfs(adj: &Vec<Vec<usize>>, start: usize) -> Vec<Option<u32>> {
    let mut dist = vec![None; adj.len()];
    let mut queue = VecDeque::new();
    dist[start] = Some(0);
    queue.push_back(start);
    while let Some(u) = queue.pop_front() {
        let d = dist[u].unwrap();
        for &v in &adj[u] {
            if dist[v].is_none() {
                dist[v] = Some(d + 1);
                queue.push_back(v);
            }
        }
    }
    dist
}

fn main() {
    let edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 6)];
    let n = 7;
    let mut adj = vec![Vec::new(); n];
    for &(a, b) in edges.iter() {
        adj[a].push(b);
        adj[b].push(a);
    }
    println!("adjacency: {:?}", adj);
    let dist = bfs(&adj, 0);
    for (node, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("node {} at distance {}", node, d),
            None => println!("node {} unreachable", node),
        }
    }
}
