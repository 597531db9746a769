// When does a temporary die?
struct Guard(&'static str);

impl Guard {
    fn label(&self) -> usize {
        self.0.len()
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let n = Guard("temporary").label();
    println!("label length = {}", n);
    let kept = Guard("kept");
    println!("kept length = {}", kept.label());
    println!("done");
}
