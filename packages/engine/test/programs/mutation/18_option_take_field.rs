use std::mem;

#[derive(Debug)]
struct Task {
    title: String,
    assignee: Option<String>,
    notes: Vec<String>,
}

fn unassign(task: &mut Task) -> Option<String> {
    task.assignee.take()
}

fn main() {
    let mut t = Task {
        title: String::from("Write report"),
        assignee: Some(String::from("Grace")),
        notes: vec![String::from("due Friday")],
    };

    let who = unassign(&mut t);
    println!("removed {:?}; task is now {:?}", who, t);

    let old_notes = mem::take(&mut t.notes);
    println!("old notes: {:?}, current: {:?}", old_notes, t.notes);

    let old_title = mem::replace(&mut t.title, String::from("Write final report"));
    println!("renamed '{}' to '{}'", old_title, t.title);
}
