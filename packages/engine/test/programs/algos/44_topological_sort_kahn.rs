// Course prerequisites: Kahn's algorithm. Ties broken by smallest index
// so the order is deterministic.
fn topo_sort(n: usize, edges: &[(usize, usize)]) -> Result<Vec<usize>, String> {
    let mut adj = vec![Vec::new(); n];
    let mut indegree = vec![0; n];
    for &(before, after) in edges {
        adj[before].push(after);
        indegree[after] += 1;
    }
    let mut ready: Vec<usize> = (0..n).filter(|&i| indegree[i] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while !ready.is_empty() {
        ready.sort_unstable_by(|a, b| b.cmp(a));
        let u = ready.pop().unwrap();
        order.push(u);
        for &v in &adj[u] {
            indegree[v] -= 1;
            if indegree[v] == 0 {
                ready.push(v);
            }
        }
    }
    if order.len() == n {
        Ok(order)
    } else {
        Err(format!("cycle detected after {} courses", order.len()))
    }
}

fn main() {
    let courses = ["Intro", "Data Structures", "Algorithms", "Discrete Math", "Compilers", "OS"];
    let prereqs = [(0, 1), (1, 2), (3, 2), (2, 4), (1, 5)];
    match topo_sort(courses.len(), &prereqs) {
        Ok(order) => {
            for (term, &c) in order.iter().enumerate() {
                println!("term {}: {}", term + 1, courses[c]);
            }
        }
        Err(e) => println!("{}", e),
    }
    let cyclic = [(0, 1), (1, 2), (2, 0)];
    println!("{:?}", topo_sort(3, &cyclic));
}
