// BinaryHeap as a priority queue, with Reverse for a min-heap (Dijkstra).
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn dijkstra(adj: &[Vec<(usize, u32)>], src: usize) -> Vec<Option<u32>> {
    let mut dist: Vec<Option<u32>> = vec![None; adj.len()];
    let mut heap = BinaryHeap::new();
    dist[src] = Some(0);
    heap.push(Reverse((0u32, src)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if let Some(best) = dist[u] {
            if d > best {
                continue;
            }
        }
        for &(v, w) in &adj[u] {
            let nd = d + w;
            if dist[v].map_or(true, |old| nd < old) {
                dist[v] = Some(nd);
                heap.push(Reverse((nd, v)));
            }
        }
    }
    dist
}

fn main() {
    let mut heap = BinaryHeap::from(vec![4, 1, 7, 3, 9, 2]);
    println!("peek = {:?}, len = {}", heap.peek(), heap.len());
    heap.push(8);
    let mut out = Vec::new();
    while let Some(x) = heap.pop() {
        out.push(x);
    }
    println!("popped in order: {:?}", out);

    let mut tasks = BinaryHeap::new();
    tasks.push((2, "write tests"));
    tasks.push((5, "fix crash"));
    tasks.push((1, "refactor"));
    tasks.push((5, "answer email"));
    while let Some((prio, name)) = tasks.pop() {
        println!("prio {}: {}", prio, name);
    }

    let mut adj: Vec<Vec<(usize, u32)>> = vec![Vec::new(); 6];
    for &(a, b, w) in &[(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6)] {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    let d = dijkstra(&adj, 0);
    for (i, x) in d.iter().enumerate() {
        println!("dist 0->{} = {:?}", i, x);
    }
    let sorted = BinaryHeap::from(vec![3, 1, 2]).into_sorted_vec();
    println!("into_sorted_vec = {:?}", sorted);
}
