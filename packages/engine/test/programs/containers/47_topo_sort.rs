use std::collections::{BTreeMap, VecDeque};

fn main() {
    // course -> prerequisites
    let prereqs = [
        ("algorithms", vec!["data-structures", "discrete-math"]),
        ("data-structures", vec!["intro-programming"]),
        ("discrete-math", vec![]),
        ("intro-programming", vec![]),
        ("compilers", vec!["algorithms", "theory"]),
        ("theory", vec!["discrete-math"]),
    ];

    let mut indegree: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unlocks: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (course, reqs) in prereqs.iter() {
        indegree.entry(course).or_insert(0);
        for r in reqs {
            *indegree.entry(course).or_insert(0) += 1;
            unlocks.entry(r).or_default().push(course);
        }
    }

    let mut ready: VecDeque<&str> = indegree.iter().filter(|(_, &d)| d == 0).map(|(c, _)| *c).collect();
    let mut order = Vec::new();
    while let Some(c) = ready.pop_front() {
        order.push(c);
        if let Some(next) = unlocks.get(c) {
            for n in next {
                let d = indegree.get_mut(n).unwrap();
                *d -= 1;
                if *d == 0 {
                    ready.push_back(n);
                }
            }
        }
    }
    for (i, c) in order.iter().enumerate() {
        println!("semester {}: {}", i + 1, c);
    }
}
