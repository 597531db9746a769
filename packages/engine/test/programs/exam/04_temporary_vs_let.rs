// Exercise: when is each temporary dropped?
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
    let n = Guard("temp").label();
    println!("n = {}", n);

    let kept = &Guard("extended");
    println!("kept label = {}", kept.label());

    println!("sum = {}", Guard("one").label() + Guard("two").label());
    println!("done");
}
