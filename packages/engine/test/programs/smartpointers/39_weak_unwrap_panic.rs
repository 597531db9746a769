use std::rc::{Rc, Weak};

struct Employee {
    name: String,
    manager: Weak<Employee>,
}

fn manager_name(e: &Employee) -> String {
    // assumes the manager is still alive -- panics if not
    e.manager.upgrade().expect("manager was dropped").name.clone()
}

fn main() {
    let boss = Rc::new(Employee { name: "Grace".to_string(), manager: Weak::new() });
    let dev = Employee { name: "Linus".to_string(), manager: Rc::downgrade(&boss) };

    println!("{} reports to {}", dev.name, manager_name(&dev));
    println!("{} has manager? {}", boss.name, boss.manager.upgrade().is_some());

    drop(boss);
    println!("{} reports to {}", dev.name, manager_name(&dev));
}
