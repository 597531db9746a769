// A value created inside a loop body is dropped at the end of every iteration.
struct Step {
    n: u32,
}

impl Drop for Step {
    fn drop(&mut self) {
        println!("  end step {}", self.n);
    }
}

fn main() {
    let mut total = 0;
    for n in 1..=3 {
        let step = Step { n };
        total += step.n;
        println!("body of step {}", step.n);
        if n == 2 {
            println!("  continue early");
            continue;
        }
        println!("  normal end");
    }
    println!("total = {}", total);
}
