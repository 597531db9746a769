struct Graph {
    adj: Vec<Vec<usize>>,
}

impl Graph {
    fn new(n: usize) -> Self {
        Graph { adj: vec![vec![]; n] }
    }

    fn add_edge(&mut self, a: usize, b: usize) {
        self.adj[a].push(b);
        self.adj[b].push(a);
    }

    fn dfs(&self, u: usize, visited: &mut Vec<bool>, order: &mut Vec<usize>) {
        visited[u] = true;
        order.push(u);
        for &v in &self.adj[u] {
            if !visited[v] {
                self.dfs(v, visited, order);
            }
        }
    }

    fn components(&self) -> Vec<Vec<usize>> {
        let mut visited = vec![false; self.adj.len()];
        let mut comps = Vec::new();
        for start in 0..self.adj.len() {
            if !visited[start] {
                let mut order = Vec::new();
                self.dfs(start, &mut visited, &mut order);
                comps.push(order);
            }
        }
        comps
    }
}

fn main() {
    let mut g = Graph::new(8);
    g.add_edge(0, 1);
    g.add_edge(1, 2);
    g.add_edge(0, 3);
    g.add_edge(4, 5);
    g.add_edge(6, 7);
    g.add_edge(7, 4);
    for (i, comp) in g.components().iter().enumerate() {
        println!("component {}: {:?}", i, comp);
    }
}
