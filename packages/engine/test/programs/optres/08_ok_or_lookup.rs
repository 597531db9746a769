#[derive(Debug)]
struct Employee {
    id: u32,
    name: &'static str,
    manager_id: Option<u32>,
}

fn find(staff: &[Employee], id: u32) -> Option<&Employee> {
    staff.iter().find(|e| e.id == id)
}

fn manager_name(staff: &[Employee], id: u32) -> Result<&'static str, String> {
    let emp = find(staff, id).ok_or(format!("no employee {}", id))?;
    let mid = emp.manager_id.ok_or_else(|| format!("{} has no manager", emp.name))?;
    let mgr = find(staff, mid).ok_or("dangling manager id".to_string())?;
    Ok(mgr.name)
}

fn main() {
    let staff = vec![
        Employee { id: 1, name: "Alice", manager_id: None },
        Employee { id: 2, name: "Bob", manager_id: Some(1) },
        Employee { id: 3, name: "Carol", manager_id: Some(9) },
    ];
    for id in [2, 1, 3, 4] {
        match manager_name(&staff, id) {
            Ok(m) => println!("{} -> manager {}", id, m),
            Err(e) => println!("{} -> error: {}", id, e),
        }
    }
    println!("{:?}", find(&staff, 2).map(|e| e.name));
}
