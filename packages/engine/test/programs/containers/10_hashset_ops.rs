use std::collections::HashSet;

fn sorted(set: &HashSet<i32>) -> Vec<i32> {
    let mut v: Vec<i32> = set.iter().cloned().collect();
    v.sort();
    v
}

fn main() {
    let a: HashSet<i32> = [1, 2, 3, 4, 5].iter().cloned().collect();
    let b: HashSet<i32> = [4, 5, 6, 7].iter().cloned().collect();

    let union: HashSet<i32> = a.union(&b).cloned().collect();
    let inter: HashSet<i32> = a.intersection(&b).cloned().collect();
    let diff: HashSet<i32> = a.difference(&b).cloned().collect();
    let sym: HashSet<i32> = a.symmetric_difference(&b).cloned().collect();

    println!("union        = {:?}", sorted(&union));
    println!("intersection = {:?}", sorted(&inter));
    println!("a - b        = {:?}", sorted(&diff));
    println!("sym diff     = {:?}", sorted(&sym));
    println!("disjoint? {}", a.is_disjoint(&b));
}
