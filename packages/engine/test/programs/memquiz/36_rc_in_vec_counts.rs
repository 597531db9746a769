use std::rc::Rc;

#[derive(Debug)]
struct Teacher {
    name: String,
}

struct Class {
    subject: &'static str,
    teacher: Rc<Teacher>,
}

fn main() {
    let smith = Rc::new(Teacher { name: "Ms. Smith".to_string() });
    let mut classes = Vec::new();
    for subject in ["math", "physics", "chemistry"] {
        classes.push(Class { subject, teacher: Rc::clone(&smith) });
        println!("added {}: count = {}", subject, Rc::strong_count(&smith));
    }
    for c in &classes {
        println!("{} is taught by {}", c.subject, c.teacher.name);
    }
    classes.truncate(1);
    println!("after truncate: count = {}", Rc::strong_count(&smith));
    classes.clear();
    println!("after clear: count = {}", Rc::strong_count(&smith));
}
