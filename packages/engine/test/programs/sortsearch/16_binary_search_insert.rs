// Keep a vector sorted by inserting at the position binary_search reports.
fn insert_sorted(v: &mut Vec<i32>, x: i32) {
    let pos = match v.binary_search(&x) {
        Ok(p) => p,
        Err(p) => p,
    };
    v.insert(pos, x);
}

fn main() {
    let mut v = Vec::new();
    for x in [50, 10, 30, 20, 40, 30] {
        insert_sorted(&mut v, x);
        println!("{:?}", v);
    }
    let idx = v.binary_search(&35).unwrap_or_else(|e| e);
    println!("35 goes at {}", idx);
}
