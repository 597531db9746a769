use std::collections::VecDeque;

// BFS that remembers each node's parent so we can rebuild the path.
fn shortest_path(adj: &[Vec<usize>], src: usize, dst: usize) -> Option<Vec<usize>> {
    let mut parent: Vec<Option<usize>> = vec![None; adj.len()];
    let mut visited = vec![false; adj.len()];
    let mut q = VecDeque::from(vec![src]);
    visited[src] = true;
    while let Some(u) = q.pop_front() {
        if u == dst {
            let mut path = vec![dst];
            let mut cur = dst;
            while let Some(p) = parent[cur] {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &v in &adj[u] {
            if !visited[v] {
                visited[v] = true;
                parent[v] = Some(u);
                q.push_back(v);
            }
        }
    }
    None
}

fn main() {
    let stations = ["Aldgate", "Bank", "Charing X", "Euston", "Holborn", "Kings X", "Oval"];
    let adj = vec![
        vec![1],
        vec![0, 4, 6],
        vec![4, 3],
        vec![2, 5],
        vec![1, 2, 5],
        vec![3, 4],
        vec![1],
    ];
    for (s, d) in [(0, 5), (6, 3), (2, 2)] {
        match shortest_path(&adj, s, d) {
            Some(p) => {
                let names: Vec<&str> = p.iter().map(|&i| stations[i]).collect();
                println!("{} stops: {}", p.len() - 1, names.join(" -> "));
            }
            None => println!("no route"),
        }
    }
}
