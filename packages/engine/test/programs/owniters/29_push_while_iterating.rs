// Iterator invalidation: growing a Vec while iterating over it.
struct TaskList {
    tasks: Vec<String>,
}

impl TaskList {
    fn iter(&self) -> std::slice::Iter<'_, String> {
        self.tasks.iter()
    }
}

fn main() {
    let mut list = TaskList { tasks: vec!["write".to_string(), "test".to_string()] };
    for t in list.iter() {
        if t == "test" {
            list.tasks.push("review".to_string());
        }
    }
    println!("{:?}", list.tasks);
}
