// Mistake: the vector binding is not declared mut.
fn main() {
    let queue = vec!["zeta", "alpha", "mu"];
    queue.sort();
    for name in &queue {
        println!("{}", name);
    }
}
