export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** GraphQL over real HTTP, the way a browser or another service calls the API. */
export class GraphQLTestClient {
  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<GraphQLResponse<T>> {
    return this.post<T>(JSON.stringify({ query, variables }), options);
  }

  async post<T = Record<string, unknown>>(
    body: string,
    options: RequestOptions = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // Apollo's CSRF prevention wants a non-simple request; browsers send content-type json too.
        'apollo-require-preflight': 'true',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body,
    });
    const text = await response.text();
    let json: { data?: T | null; errors?: GraphQLResponse<T>['errors'] };
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`not a GraphQL response (HTTP ${response.status}): ${text.slice(0, 200)}`);
    }
    return {
      status: response.status,
      data: json.data,
      errors: json.errors,
      headers: response.headers,
    };
  }

  /** The data of a call that must succeed; fails the test with the errors otherwise. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<T> {
    const response = await this.request<T>(query, variables, options);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL call failed: ${JSON.stringify(response.errors ?? response)}`);
    }
    return response.data;
  }
}
