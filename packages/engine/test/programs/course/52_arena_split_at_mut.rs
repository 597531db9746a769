// Lab 4, exercise 4: the fix for linking two arena nodes.
// split_at_mut hands out two non-overlapping &mut slices of the same Vec.

#[derive(Debug)]
struct Node {
    name: &'static str,
    next: Option<usize>,
    prev: Option<usize>,
}

fn pair_mut(nodes: &mut [Node], a: usize, b: usize) -> (&mut Node, &mut Node) {
    assert!(a != b, "need two different nodes");
    if a < b {
        let (left, right) = nodes.split_at_mut(b);
        (&mut left[a], &mut right[0])
    } else {
        let (left, right) = nodes.split_at_mut(a);
        (&mut right[0], &mut left[b])
    }
}

fn main() {
    let mut nodes: Vec<Node> = ["a", "b", "c"]
        .iter()
        .map(|&name| Node { name, next: None, prev: None })
        .collect();

    for (x, y) in [(0, 1), (1, 2)] {
        let (first, second) = pair_mut(&mut nodes, x, y);
        first.next = Some(y);
        second.prev = Some(x);
        println!("linked {} -> {}", first.name, second.name);
    }

    // Link the last back to the first, indices given in reverse order.
    let (last, first) = pair_mut(&mut nodes, 2, 0);
    last.next = Some(0);
    first.prev = Some(2);

    for n in &nodes {
        println!("{:?}", n);
    }

    // iter_mut also hands out disjoint borrows, one element at a time:
    let mut it = nodes.iter_mut();
    let (a, b) = (it.next().unwrap(), it.next().unwrap());
    std::mem::swap(&mut a.name, &mut b.name);
    println!("after swap: {:?}", nodes.iter().map(|n| n.name).collect::<Vec<_>>());
}
