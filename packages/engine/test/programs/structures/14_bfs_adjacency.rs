// BFS over an adjacency list: levels and parent reconstruction.
use std::collections::VecDeque;

fn bfs(adj: &Vec<Vec<usize>>, src: usize) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let n = adj.len();
    let mut level = vec![None; n];
    let mut parent = vec![None; n];
    let mut q = VecDeque::new();
    level[src] = Some(0);
    q.push_back(src);
    while let Some(u) = q.pop_front() {
        for &v in &adj[u] {
            if level[v].is_none() {
                level[v] = level[u].map(|l| l + 1);
                parent[v] = Some(u);
                q.push_back(v);
            }
        }
    }
    (level, parent)
}

fn path_to(parent: &[Option<usize>], target: usize) -> Vec<usize> {
    let mut path = vec![target];
    let mut cur = target;
    while let Some(p) = parent[cur] {
        path.push(p);
        cur = p;
    }
    path.reverse();
    path
}

fn main() {
    let edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 6)];
    let n = 7;
    let mut adj = vec![Vec::new(); n];
    for &(a, b) in edges.iter() {
        adj[a].push(b);
        adj[b].push(a);
    }
    for list in adj.iter_mut() {
        list.sort();
    }
    let (level, parent) = bfs(&adj, 0);
    for v in 0..n {
        match level[v] {
            Some(l) => println!("node {}: level {}, path {:?}", v, l, path_to(&parent, v)),
            None => println!("node {}: unreachable", v),
        }
    }
    let reachable = level.iter().filter(|l| l.is_some()).count();
    println!("reachable from 0: {}", reachable);
}
