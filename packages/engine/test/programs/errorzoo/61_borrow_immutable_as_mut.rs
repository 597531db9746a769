// Quiz: pushing into a vector that was not declared mutable.
fn main() {
    let queue = Vec::new();
    let jobs = ["build", "test", "deploy"];
    for j in jobs {
        queue.push(j.to_uppercase());
    }
    println!("{:?}", queue);
}
