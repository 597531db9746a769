// Exercise: a linked list of tasks. Why won't it compile?
enum TaskList {
    Task(&'static str, TaskList),
    Done,
}

fn count(list: &TaskList) -> usize {
    match list {
        TaskList::Task(_, rest) => 1 + count(rest),
        TaskList::Done => 0,
    }
}

fn main() {
    println!("empty list has {} tasks", count(&TaskList::Done));
}
