use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Employee {
    name: String,
    salary: u32,
    boss: RefCell<Weak<Employee>>,
    reports: RefCell<Vec<Rc<Employee>>>,
}

fn hire(name: &str, salary: u32) -> Rc<Employee> {
    Rc::new(Employee {
        name: name.to_string(),
        salary,
        boss: RefCell::new(Weak::new()),
        reports: RefCell::new(Vec::new()),
    })
}

fn add_report(boss: &Rc<Employee>, e: &Rc<Employee>) {
    boss.reports.borrow_mut().push(Rc::clone(e));
    *e.boss.borrow_mut() = Rc::downgrade(boss);
}

fn team_cost(e: &Employee) -> u32 {
    e.salary + e.reports.borrow().iter().map(|r| team_cost(r)).sum::<u32>()
}

fn chain_of_command(e: &Rc<Employee>) -> Vec<String> {
    let mut chain = vec![e.name.clone()];
    let mut cur = e.boss.borrow().upgrade();
    while let Some(b) = cur {
        chain.push(b.name.clone());
        cur = b.boss.borrow().upgrade();
    }
    chain
}

fn main() {
    let ceo = hire("Carol", 300);
    let cto = hire("Tom", 200);
    let dev1 = hire("Dina", 120);
    let dev2 = hire("Dev", 110);
    add_report(&ceo, &cto);
    add_report(&cto, &dev1);
    add_report(&cto, &dev2);

    println!("cost of CTO's team: {}", team_cost(&cto));
    println!("cost of company: {}", team_cost(&ceo));
    println!("chain: {}", chain_of_command(&dev2).join(" -> "));
    println!("Tom: strong {} weak {}", Rc::strong_count(&cto), Rc::weak_count(&cto));
}
