// Mistake: keeping a getter's reference while calling a &mut self method.
struct Queue {
    waiting: Vec<String>,
}

impl Queue {
    fn front(&self) -> &String {
        &self.waiting[0]
    }
    fn join(&mut self, who: &str) {
        self.waiting.push(who.to_string());
    }
}

fn main() {
    let mut q = Queue { waiting: vec!["Ana".to_string()] };
    let first = q.front();
    q.join("Ben");
    println!("first in line: {}", first);
}
