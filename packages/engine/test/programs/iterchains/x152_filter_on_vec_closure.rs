struct Task { done: bool }
fn main() {
    let tasks = vec![Task { done: true }];
    let n = tasks.filter(|t| !t.done).count();
    println!("{}", n);
}
