// Iterative DFS with an explicit Vec stack on a directed graph,
// used to find whether there is a path between two rooms.
fn reachable(adj: &[Vec<usize>], from: usize, to: usize) -> bool {
    let mut seen = vec![false; adj.len()];
    let mut stack = vec![from];
    while let Some(room) = stack.pop() {
        if room == to {
            return true;
        }
        if seen[room] {
            continue;
        }
        seen[room] = true;
        for &next in adj[room].iter().rev() {
            if !seen[next] {
                stack.push(next);
            }
        }
    }
    false
}

fn main() {
    let names = ["hall", "kitchen", "cellar", "attic", "garden"];
    let adj: Vec<Vec<usize>> = vec![
        vec![1, 3],  // hall -> kitchen, attic
        vec![2],     // kitchen -> cellar
        vec![],      // cellar
        vec![0],     // attic -> hall
        vec![0],     // garden -> hall
    ];
    for (a, b) in [(0, 2), (2, 0), (3, 2), (0, 4), (4, 2)] {
        println!(
            "{} -> {}: {}",
            names[a],
            names[b],
            if reachable(&adj, a, b) { "yes" } else { "no" }
        );
    }
}
