// Build an identity matrix and read its diagonal.
fn identity(n: usize) -> Vec<Vec<i32>> {
    (0..n)
        .map(|i| (0..n).map(|j| if i == j { 1 } else { 0 }).collect())
        .collect()
}

fn trace(m: &[Vec<i32>]) -> i32 {
    m.iter().enumerate().map(|(i, row)| row[i]).sum()
}

fn main() {
    let id = identity(4);
    for row in &id {
        println!("{:?}", row);
    }
    println!("trace = {}", trace(&id));
    let mut m = id.clone();
    m[0][0] = 5;
    m[3][3] = -2;
    println!("trace = {}, original trace = {}", trace(&m), trace(&id));
}
