use std::collections::HashMap;

// Grouping course enrolments by a (department, level) key.
#[derive(Debug, Clone, Hash, PartialEq, Eq, PartialOrd, Ord)]
struct CourseKey {
    dept: String,
    level: u16,
}

fn main() {
    let enrolments = [
        ("CS", 101, "ana"),
        ("MATH", 201, "bo"),
        ("CS", 101, "cy"),
        ("CS", 202, "ana"),
        ("MATH", 201, "dee"),
        ("CS", 101, "eli"),
    ];
    let mut classes: HashMap<CourseKey, Vec<&str>> = HashMap::new();
    for (dept, level, student) in enrolments {
        let key = CourseKey { dept: dept.to_string(), level };
        classes.entry(key).or_default().push(student);
    }
    let mut keys: Vec<&CourseKey> = classes.keys().collect();
    keys.sort();
    for k in keys {
        let students = &classes[k];
        println!("{}{}: {} -> {:?}", k.dept, k.level, students.len(), students);
    }
}
