// binary_search on a sorted slice: Ok(index) if found, Err(insert_at) if not.
fn insert_sorted(v: &mut Vec<i32>, value: i32) {
    match v.binary_search(&value) {
        Ok(pos) => println!("{} already at {}", value, pos),
        Err(pos) => {
            println!("inserting {} at {}", value, pos);
            v.insert(pos, value);
        }
    }
}

fn main() {
    let mut sorted = vec![3, 9, 14, 27, 40];
    insert_sorted(&mut sorted, 20);
    insert_sorted(&mut sorted, 14);
    insert_sorted(&mut sorted, 1);
    insert_sorted(&mut sorted, 99);
    println!("{:?}", sorted);

    // binary_search_by_key on a slice of tuples sorted by the key.
    let grades = [(50, 'F'), (60, 'D'), (70, 'C'), (80, 'B'), (90, 'A')];
    for score in [45, 70, 85, 100] {
        let idx = match grades.binary_search_by_key(&score, |&(min, _)| min) {
            Ok(i) => i,
            Err(0) => {
                println!("{} -> F", score);
                continue;
            }
            Err(i) => i - 1,
        };
        println!("{} -> {}", score, grades[idx].1);
    }
}
