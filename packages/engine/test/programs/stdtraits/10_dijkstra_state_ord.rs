use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Copy, Clone, Eq, PartialEq)]
struct State {
    cost: u32,
    node: usize,
}

// Flip the ordering so the BinaryHeap pops the cheapest state first.
impl Ord for State {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost).then_with(|| self.node.cmp(&other.node))
    }
}

impl PartialOrd for State {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn shortest(adj: &Vec<Vec<(usize, u32)>>, start: usize) -> Vec<Option<u32>> {
    let mut dist: Vec<Option<u32>> = vec![None; adj.len()];
    let mut heap = BinaryHeap::new();
    dist[start] = Some(0);
    heap.push(State { cost: 0, node: start });
    while let Some(State { cost, node }) = heap.pop() {
        if let Some(d) = dist[node] {
            if cost > d {
                continue;
            }
        }
        for &(next, w) in &adj[node] {
            let nc = cost + w;
            let better = match dist[next] {
                None => true,
                Some(old) => nc < old,
            };
            if better {
                dist[next] = Some(nc);
                heap.push(State { cost: nc, node: next });
            }
        }
    }
    dist
}

fn main() {
    let adj = vec![
        vec![(1, 7), (2, 9), (5, 14)],
        vec![(0, 7), (2, 10), (3, 15)],
        vec![(0, 9), (1, 10), (3, 11), (5, 2)],
        vec![(1, 15), (2, 11), (4, 6)],
        vec![(3, 6), (5, 9)],
        vec![(0, 14), (2, 2), (4, 9)],
        vec![],
    ];
    for (i, d) in shortest(&adj, 0).iter().enumerate() {
        match d {
            Some(c) => println!("0 -> {}: {}", i, c),
            None => println!("0 -> {}: unreachable", i),
        }
    }
}
