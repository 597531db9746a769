use std::collections::BTreeMap;

fn main() {
    // exam scores keyed by student number
    let mut grades: BTreeMap<u32, char> = BTreeMap::new();
    let data = [(1004, 'B'), (1001, 'A'), (1010, 'C'), (1007, 'A'), (1003, 'D')];
    for (id, g) in data {
        grades.insert(id, g);
    }

    println!("students 1003..1008:");
    for (id, g) in grades.range(1003..1008) {
        println!("  {} -> {}", id, g);
    }

    let from_1005: Vec<u32> = grades.range(1005..).map(|(k, _)| *k).collect();
    println!("from 1005 on: {:?}", from_1005);
    println!("whole map: {:?}", grades);
}
