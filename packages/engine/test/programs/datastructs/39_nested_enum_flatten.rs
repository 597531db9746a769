#[derive(Debug)]
enum Nested {
    Int(i32),
    List(Vec<Nested>),
}

fn flatten(n: &Nested, out: &mut Vec<i32>) {
    match n {
        Nested::Int(x) => out.push(*x),
        Nested::List(items) => {
            for item in items {
                flatten(item, out);
            }
        }
    }
}

fn depth(n: &Nested) -> usize {
    match n {
        Nested::Int(_) => 0,
        Nested::List(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
    }
}

fn weighted_sum(n: &Nested, level: i32) -> i32 {
    match n {
        Nested::Int(x) => x * level,
        Nested::List(items) => items.iter().map(|i| weighted_sum(i, level + 1)).sum(),
    }
}

fn main() {
    use Nested::{Int, List};
    // [1, [2, [3, 4]], 5, []]
    let data = List(vec![
        Int(1),
        List(vec![Int(2), List(vec![Int(3), Int(4)])]),
        Int(5),
        List(vec![]),
    ]);
    let mut flat = Vec::new();
    flatten(&data, &mut flat);
    println!("flat = {:?}", flat);
    println!("depth = {}", depth(&data));
    println!("weighted sum = {}", weighted_sum(&data, 0));
    println!("{:?}", List(vec![Int(7), List(vec![Int(8)])]));
}
