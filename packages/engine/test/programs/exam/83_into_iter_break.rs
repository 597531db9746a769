struct Task(u8);

impl Drop for Task {
    fn drop(&mut self) {
        println!("task {} dropped", self.0);
    }
}

fn main() {
    let tasks = vec![Task(1), Task(2), Task(3), Task(4)];
    for t in tasks {
        println!("handling {}", t.0);
        if t.0 == 2 {
            println!("stop");
            break;
        }
    }
    println!("after loop");
    let more = vec![Task(7), Task(8), Task(9)];
    let firsts: Vec<Task> = more.into_iter().take(1).collect();
    println!("kept {}", firsts.len());
}
