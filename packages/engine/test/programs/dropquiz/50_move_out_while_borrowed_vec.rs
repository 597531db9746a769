// Exercise: moving the vector away while a borrow of an element is live.
struct Task(&'static str);

impl Drop for Task {
    fn drop(&mut self) {
        println!("task {} dropped", self.0);
    }
}

fn consume(tasks: Vec<Task>) {
    println!("consumed {} tasks", tasks.len());
}

fn main() {
    let tasks = vec![Task("wash"), Task("dry")];
    let first = &tasks[0];
    consume(tasks);
    println!("first task was {}", first.0);
}
